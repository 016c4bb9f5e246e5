# Tracing from the command line (--trace LIST, --trace-file FILE.json): cli_trace.py
# runs the debugger's test kernel and checks the lines and the trace-event file.
# Included from tests/debugger/CMakeLists.txt (DBG_GUEST is set there).
find_program(PYTHON3_PROGRAM python3)
if(PYTHON3_PROGRAM)
  foreach(check lines accum json cut)
    add_test(NAME dbg_cli_trace_${check}
             COMMAND ${PYTHON3_PROGRAM} ${CMAKE_CURRENT_LIST_DIR}/cli_trace.py
                     ${RVSCOPE_EXE} ${DBG_GUEST}/minikernel.elf ${check})
    set_tests_properties(dbg_cli_trace_${check} PROPERTIES LABELS debugger TIMEOUT 60)
  endforeach()
endif()
