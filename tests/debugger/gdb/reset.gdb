# A guest reset (tests/board/guest/reset.S, on two harts): the first boot leaves a mark
# in RAM and writes 0x7777 to the finisher; the second boot finds the mark and passes.
# gdb stays connected through the reset and its breakpoints stay armed. gdb's stepi on
# RISC-V is a breakpoint after the instruction and a continue, so a stepi over the
# finisher store runs into the second boot and stops there, at _start. (Hart 1 parks
# at once: the condition keeps its passes through _start quiet.)
break _start if $mhartid == 0
continue
p/x *(long *)0x80100000
tbreak *((long)&park - 4)
continue
x/i $pc
stepi
info registers pc
p $priv
p/x *(long *)0x80100000
p *(int *)&counter
info threads
continue
