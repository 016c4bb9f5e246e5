# A guest that exits with status 42: gdb sees the exit code (W packet), rvscope exits 42.
continue
