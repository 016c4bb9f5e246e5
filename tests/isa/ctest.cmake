# tests/isa/ctest.cmake — registers the ISA tests with ctest; included by the host project's
# tests/CMakeLists.txt with
#   RVSCOPE_EXE  the emulator (a generator expression); run as `${RVSCOPE_EXE} <test>.elf`,
#                its exit status is the guest's exit code (0 = pass, else the failing case)
#   ISA_ELF_DIR  where the cross build put the <name>.elf files
# For every tests/isa/<name>.S:
#   isa_<name>       runs it on rvscope                                  (LABELS isa)
#   qemu_isa_<name>  runs it on qemu-system-riscv64 -M virt -bios none   (LABELS qemu)
#                    when QEMU is installed, unless the test's first line is
#                    "# rvscope-only: <reason>" (HTIF, or an implementation-defined choice
#                    where QEMU differs from rvscope).
# A line "# rvscope-args: <flags>" among the first lines adds flags to the rvscope run.

file(GLOB ISA_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/isa/*.S)
find_program(QEMU_SYSTEM_RISCV64 qemu-system-riscv64)

foreach(src IN LISTS ISA_TEST_SOURCES)
  get_filename_component(name ${src} NAME_WE)
  set(elf ${ISA_ELF_DIR}/${name}.elf)

  file(STRINGS ${src} args_line LIMIT_COUNT 1 REGEX "^# rvscope-args: ")
  set(args "")
  if(args_line)
    string(REGEX REPLACE "^# rvscope-args: *" "" args_text "${args_line}")
    separate_arguments(args UNIX_COMMAND "${args_text}")
  endif()
  add_test(NAME isa_${name} COMMAND ${RVSCOPE_EXE} ${args} ${elf})
  set_tests_properties(isa_${name} PROPERTIES LABELS isa TIMEOUT 20)

  file(STRINGS ${src} first_line LIMIT_COUNT 1)
  if(QEMU_SYSTEM_RISCV64 AND NOT first_line MATCHES "^# rvscope-only:")
    add_test(NAME qemu_isa_${name}
             COMMAND ${QEMU_SYSTEM_RISCV64} -M virt -bios none -nographic -kernel ${elf})
    set_tests_properties(qemu_isa_${name} PROPERTIES LABELS qemu TIMEOUT 20)
  endif()
endforeach()
