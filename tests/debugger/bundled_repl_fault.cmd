# console: usertests access_past_break
# Faults on the bundled kernel, forced by typing the line above to the shell (through
# the console: bundled_repl.py makes stdin a terminal): the shell's fork leaves its
# pages copy-on-write, so a store faults; usertests' access_past_break then reads past
# its heap, and the kernel kills it. explain must name both causes.
usersyms user
break trap store_page_fault
continue
explain
ps
csr stval
csr sepc
delete
break trap load_page_fault
continue
explain
ps
csr stval
csr sepc
delete
break ecall exit
continue
quit
