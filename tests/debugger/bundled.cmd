# The bundled kernel (guest/kernel): the debugger reads its structures through
# kernel_debug_info. bundled.sh checks the values in this session's output by pattern.
break ecall exec
continue
ps
delete
break sys_exec
continue
tf
bt
delete
break satp
continue
ps
pt walk $pc
quit
