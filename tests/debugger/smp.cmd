# two harts: hart 1 parks in WFI; breakpoints with conditions; hart selection
break park if hart=1
info harts
continue
info harts
regs
hart 0
step 2
hart 1
step
hart 2
hart x
break kmain if hart=1
break kmain if hart=0 priv=S
break kmain if priv=U
break kmain if hart=5
break kmain if pid=2
break kmain if asid=x
break kmain hart=0
info break
continue
info harts
continue
info harts
quit
