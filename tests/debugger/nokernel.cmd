# a guest without kernel_debug_info (the demo program, M-mode, satp Bare): the
# architectural views work, the kernel-aware ones say what is missing
ps
tf
tf pid=1
pt walk 0x80000000
pt dump
pt walk 0x1000 pid=1
break rt_exit
continue
bt
explain
x/s 0x80000000
quit
