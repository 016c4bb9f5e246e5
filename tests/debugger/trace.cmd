# tracing: system calls with names, arguments (strings read from the guest) and return
# values; SBI calls; satp switches naming the process; traps and interrupts; MMIO
trace
trace on ecall satp
trace on trap interrupt
break priv U
continue
delete
trace off trap
trace on mmio
break ecall exec
continue
trace off mmio
delete
continue
trace show 4
trace save trace.txt
trace off all
trace on frobs
trace show x
trace save /nonexistent/dir/file
quit
