# Tracing from the command line (--trace LIST, --trace-file FILE.json): cli_trace.py
# runs the debugger's test kernel and checks the lines and the trace-event file;
# bundled_trace.py checks the trace-event file of the bundled kernel booting to its
# shell on one hart and on three. Included from tests/debugger/CMakeLists.txt
# (DBG_GUEST is set there).
find_program(PYTHON3_PROGRAM python3)
if(PYTHON3_PROGRAM)
  foreach(check lines accum json cut)
    add_test(NAME dbg_cli_trace_${check}
             COMMAND ${PYTHON3_PROGRAM} ${CMAKE_CURRENT_LIST_DIR}/cli_trace.py
                     ${RVSCOPE_EXE} ${DBG_GUEST}/minikernel.elf ${check})
    set_tests_properties(dbg_cli_trace_${check} PROPERTIES LABELS debugger TIMEOUT 60)
  endforeach()
  if(TARGET fs_img AND DEFINED RVSCOPE_FS_IMG)
    foreach(harts 1 3)
      add_test(NAME dbg_bundled_trace_smp${harts}
               COMMAND ${PYTHON3_PROGRAM} ${CMAKE_CURRENT_LIST_DIR}/bundled_trace.py
                       ${RVSCOPE_EXE} ${RVSCOPE_CROSS_DIR}/guest/kernel/kernel.elf
                       ${RVSCOPE_FS_IMG} ${CMAKE_SOURCE_DIR}/guest/include/syscalls.def
                       ${harts})
      set_tests_properties(dbg_bundled_trace_smp${harts} PROPERTIES LABELS debugger
                           TIMEOUT 60)
    endforeach()
  endif()
endif()
