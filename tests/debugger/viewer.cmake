# The viewer (--viewer, --viewer-snapshot): viewer_check.py runs the bundled kernel and
# reads the BMP it saved (size, one lane per hart, U/S/M, processes, ecalls). Errors are
# checked by their one line and exit status. Included from tests/debugger/CMakeLists.txt
# (DBG_GUEST is set there); the model and picture have their unit test (unit_viewer).
find_program(PYTHON3_PROGRAM python3)
if(PYTHON3_PROGRAM AND TARGET fs_img AND DEFINED RVSCOPE_FS_IMG)
  set(VIEWER_RUN ${PYTHON3_PROGRAM} ${CMAKE_CURRENT_LIST_DIR}/viewer_check.py ${RVSCOPE_EXE}
      ${RVSCOPE_CROSS_DIR}/guest/kernel/kernel.elf ${RVSCOPE_FS_IMG})
  add_test(NAME viewer_snapshot_smp1 COMMAND ${VIEWER_RUN} snapshot 1)
  add_test(NAME viewer_snapshot_smp3 COMMAND ${VIEWER_RUN} snapshot 3)
  # The window's own path (poll, input, redraw) with SDL's dummy video driver.
  add_test(NAME viewer_window_dummy COMMAND ${VIEWER_RUN} window 3)
  set_tests_properties(viewer_snapshot_smp1 viewer_snapshot_smp3 viewer_window_dummy
                       PROPERTIES LABELS debugger TIMEOUT 300)
endif()

# No display: one line, exit status 2, before the guest runs.
add_test(NAME viewer_no_display
         COMMAND env -u DISPLAY -u WAYLAND_DISPLAY SDL_VIDEODRIVER=x11
                 sh ${CMAKE_SOURCE_DIR}/tests/cli/expect_run.sh 2
                 "^rvscope: --viewer: cannot open a window: .+$"
                 ${RVSCOPE_EXE} --viewer ${DBG_GUEST}/minikernel.elf)
# A snapshot that cannot be written: one line, exit status 2, before the guest runs.
add_test(NAME viewer_snapshot_unwritable
         COMMAND sh ${CMAKE_SOURCE_DIR}/tests/cli/expect_run.sh 2
                 "^rvscope: --viewer-snapshot /nonexistent/viewer.bmp: cannot write this file$"
                 ${RVSCOPE_EXE} --viewer-snapshot /nonexistent/viewer.bmp
                 ${DBG_GUEST}/minikernel.elf)
set_tests_properties(viewer_no_display viewer_snapshot_unwritable
                     PROPERTIES LABELS debugger TIMEOUT 60)
