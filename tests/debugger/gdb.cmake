# The GDB stub (emu/debugger/gdbstub.c) against a real gdb-multiarch in batch mode:
# gdb/NAME.gdb runs connected to rvscope -S on a free port, and the transcript must
# match gdb/NAME.expect (gdb_session.sh). gdb/garbage.py sends malformed packets;
# gdb/reset_packets.py steps through a guest reset and sees a reboot fail. Included
# from tests/debugger/CMakeLists.txt (uses DBG_GUEST).
find_program(GDB_MULTIARCH gdb-multiarch)
if(GDB_MULTIARCH)
  # gdb_stub_test(NAME ELF STATUS rvscope-arguments...)
  function(gdb_stub_test name elf status)
    add_test(NAME gdb_${name}
             COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/gdb_session.sh ${RVSCOPE_EXE}
                     ${GDB_MULTIARCH} ${elf} ${CMAKE_CURRENT_SOURCE_DIR}/gdb/${name}.gdb
                     ${CMAKE_CURRENT_SOURCE_DIR}/gdb/${name}.expect ${status} ${ARGN})
    set_tests_properties(gdb_${name} PROPERTIES LABELS "debugger;gdb" TIMEOUT 120)
  endfunction()
  gdb_stub_test(basic ${DBG_GUEST}/minikernel.elf 0)
  gdb_stub_test(watch ${DBG_GUEST}/minikernel.elf 0)
  gdb_stub_test(rwatch ${DBG_GUEST}/minikernel.elf 0)
  gdb_stub_test(detach ${DBG_GUEST}/minikernel.elf 0)
  gdb_stub_test(smp ${RVSCOPE_CROSS_DIR}/bench/bench.elf 0 -smp 2)
  gdb_stub_test(exit ${RVSCOPE_CROSS_DIR}/tests/cli/exit42.elf 42)
  # A guest reset (the finisher's 0x7777) keeps gdb connected.
  gdb_stub_test(reset ${RVSCOPE_CROSS_DIR}/tests/board/reset.elf 0 -smp 2)

  # The bundled kernel on a copy of its file-system image, on one hart and on three:
  # gdb/kernel.expect, plus gdb/kernel_smpN.expect for the threads.
  if(TARGET fs_img AND DEFINED RVSCOPE_FS_IMG)
    set(dir ${CMAKE_CURRENT_SOURCE_DIR}/gdb)
    foreach(harts 1 3)
      add_test(NAME gdb_kernel_smp${harts}
               COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/gdb_session.sh -i ${RVSCOPE_FS_IMG}
                       ${RVSCOPE_EXE} ${GDB_MULTIARCH}
                       ${RVSCOPE_CROSS_DIR}/guest/kernel/kernel.elf ${dir}/kernel.gdb
                       ${dir}/kernel.expect:${dir}/kernel_smp${harts}.expect 0
                       -smp ${harts})
      set_tests_properties(gdb_kernel_smp${harts} PROPERTIES LABELS "debugger;gdb"
                           TIMEOUT 120)
    endforeach()
  endif()
endif()

find_program(PYTHON3_PROGRAM python3)
if(PYTHON3_PROGRAM)
  add_test(NAME gdb_garbage
           COMMAND ${PYTHON3_PROGRAM} ${CMAKE_CURRENT_SOURCE_DIR}/gdb/garbage.py
                   ${RVSCOPE_EXE} ${RVSCOPE_CROSS_DIR}/bench/bench.elf)
  set_tests_properties(gdb_garbage PROPERTIES LABELS "debugger;gdb" TIMEOUT 60)
  foreach(check step fails)
    add_test(NAME gdb_reset_${check}
             COMMAND ${PYTHON3_PROGRAM} ${CMAKE_CURRENT_SOURCE_DIR}/gdb/reset_packets.py
                     ${RVSCOPE_EXE} ${RVSCOPE_CROSS_DIR}/tests/board/reset.elf ${check})
    set_tests_properties(gdb_reset_${check} PROPERTIES LABELS "debugger;gdb" TIMEOUT 60)
  endforeach()
endif()

# Bad -gdb values and a taken port: one line, no run.
add_test(NAME gdb_bad_address
         COMMAND sh ${CMAKE_SOURCE_DIR}/tests/cli/expect_run.sh 2
                 "-gdb tcp:1234x: expected tcp::PORT or tcp:HOST:PORT"
                 ${RVSCOPE_EXE} -gdb tcp:1234x ${DBG_GUEST}/minikernel.elf)
add_test(NAME gdb_with_debug
         COMMAND sh ${CMAKE_SOURCE_DIR}/tests/cli/expect_run.sh 2
                 "use one debugger at a time"
                 ${RVSCOPE_EXE} -s --debug ${DBG_GUEST}/minikernel.elf)
set_tests_properties(gdb_bad_address gdb_with_debug PROPERTIES LABELS "debugger;gdb" TIMEOUT 30)
