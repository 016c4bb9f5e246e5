# The bundled kernel (guest/kernel) booting to its shell, with one hart or three
# (kernel.expect, and kernel_smpN.expect for what depends on the number of harts).
# cpus[$mhartid].proc is the current process (the kernel indexes cpus[] by hart id).
#
# Before the first instruction: hart 0 in M-mode at the reset ROM.
info registers pc
p $priv
set $rom = *(int *)0x1000
#
# init's first write: "init: starting sh\n" (18 bytes), system call 16.
tbreak sys_write
continue
p cpus[$mhartid].proc->name
p cpus[$mhartid].proc->trapframe->regs[12]
p cpus[$mhartid].proc->trapframe->regs[17]
#
# The exec system call, caught on the ecall (a monitor event breakpoint): the hart is
# at the trampoline in S-mode, still on the process's page table, so the user's path
# reads through satp; the monitor's walk of it ends at a physical page holding it.
monitor break ecall exec
continue
p $priv
p $scause
p (($satp & 0xfffffffffff) << 12) == (long)cpus[$mhartid].proc->pagetable
x/s $a0
python
walk = gdb.execute("monitor pt walk $a0 U", to_string=True)
print(walk, end="")
pa = int(walk.split("=> pa ")[1].split()[0], 16)
va = int(gdb.parse_and_eval("$a0"))
print("walk: page offset %s" % ("kept" if (pa ^ va) & 0xfff == 0 else "changed"))
gdb.execute("monitor x/s p:0x%x" % pa)
end
#
# Memory as the hart sees it: virtual 0x1000 is the user's code through satp, and the
# reset ROM at physical 0x1000 once the hart is in M-mode (priv written by gdb).
p *(int *)0x1000 == $rom
set $priv = 3
p $priv
p *(int *)0x1000 == $rom
info threads
set $priv = 0
info threads
python
try:
    gdb.execute("set $priv = 2")
except gdb.error as e:
    print("priv 2:", e)
end
set $priv = 1
p $priv
p *(int *)0x1000 == $rom
#
# One instruction: csrrw a0, sscratch, a0 swaps the two.
x/i $pc
set $a0_before = $a0
set $sscratch_before = $sscratch
stepi
p $a0 == $sscratch_before && $sscratch == $a0_before
p/x $pc
monitor delete
#
# sys_exec in the kernel: kernel page table, kernel stack, registers, kernel globals.
break sys_exec
continue
p $pc
info registers
info registers sstatus satp priv
p (($satp & 0xfffffffffff) << 12) == (long)kernel_pagetable
p $sp > cpus[$mhartid].proc->kstack && $sp <= cpus[$mhartid].proc->kstack + 2 * 4096
p $sstatus & 0x100
p/x kernel_debug_info.magic
p proc_table[0].name
p cpus[$mhartid].proc->pid
monitor ps
monitor pt walk 0x1000 pid=2
python
pc = int(gdb.parse_and_eval("$pc"))
length = gdb.selected_frame().architecture().disassemble(pc)[0]["length"]
gdb.execute("stepi")
moved = int(gdb.parse_and_eval("$pc")) - pc
print("stepi: pc moved by %d for an instruction of %d bytes" % (moved, length))
end
delete
#
# Watchpoints: the shell going to sleep (waiting for input), then the clock.
set $sh = cpus[$mhartid].proc
watch $sh->state if $sh->state == P_SLEEPING
continue
delete
set $ticks_before = ticks
watch ticks
continue
p ticks - $ticks_before
delete
#
# Every hart is a thread with its own registers.
info threads
thread apply all p/x ($_thread << 8) | $mhartid
#
# A stop on the last hart (a monitor breakpoint on the kernel's trap vector, which every
# hart enters on its timer interrupt): gdb switches to that thread, and monitor
# commands act on its hart.
python gdb.execute("monitor break kernel_vector if hart=%d" % (len(gdb.selected_inferior().threads()) - 1))
continue
monitor csr mhartid
kill
