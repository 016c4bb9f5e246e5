# tests/virtio/ctest.cmake: registers the virtio guest tests with ctest. Included by the
# host project's tests/CMakeLists.txt, with
#   RVSCOPE_EXE        the emulator (a generator expression)
#   RVSCOPE_CROSS_DIR  the cross build, where tests/virtio/board_virtio_blk.elf lands
# Each test runs run_blk.sh: fresh images, the guest, then a byte-for-byte check of the
# images. virtio_blk_<transport> run on rvscope (LABELS board, virtio); qemu_virtio_blk_<...>
# run the same guest on qemu-system-riscv64 when it is installed (LABELS qemu).

set(VIRTIO_RUN ${CMAKE_CURRENT_LIST_DIR}/run_blk.sh)
set(VIRTIO_BLK_ELF ${RVSCOPE_CROSS_DIR}/tests/virtio/board_virtio_blk.elf)
find_program(QEMU_SYSTEM_RISCV64 qemu-system-riscv64)

foreach(transport modern legacy)
  add_test(NAME virtio_blk_${transport}
           COMMAND sh ${VIRTIO_RUN} rvscope ${transport} ${RVSCOPE_EXE} ${VIRTIO_BLK_ELF})
  set_tests_properties(virtio_blk_${transport} PROPERTIES LABELS "board;virtio" TIMEOUT 60)
  if(QEMU_SYSTEM_RISCV64)
    add_test(NAME qemu_virtio_blk_${transport}
             COMMAND sh ${VIRTIO_RUN} qemu ${transport} ${QEMU_SYSTEM_RISCV64} ${VIRTIO_BLK_ELF})
    set_tests_properties(qemu_virtio_blk_${transport} PROPERTIES LABELS qemu TIMEOUT 60)
  endif()
endforeach()
