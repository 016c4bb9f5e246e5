# Cross toolchain for code that runs inside the guest: Debian's gcc-riscv64-unknown-elf.
# It ships no C library, so guest code is freestanding (gcc's own stdint.h/stddef.h/stdarg.h).
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR riscv64)
set(CMAKE_C_COMPILER riscv64-unknown-elf-gcc)
set(CMAKE_ASM_COMPILER riscv64-unknown-elf-gcc)
set(CMAKE_OBJCOPY riscv64-unknown-elf-objcopy CACHE FILEPATH "")
set(CMAKE_OBJDUMP riscv64-unknown-elf-objdump CACHE FILEPATH "")
# Test-compiling an executable would need a C library and a linker script.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
set(CMAKE_C_FLAGS_INIT "-march=rv64gc -mabi=lp64d -mcmodel=medany -ffreestanding -fno-builtin -nostdlib")
set(CMAKE_ASM_FLAGS_INIT "-march=rv64gc -mabi=lp64d -mcmodel=medany")
set(CMAKE_EXE_LINKER_FLAGS_INIT "-nostdlib -nostartfiles -static")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
