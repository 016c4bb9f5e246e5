# Breakpoints on the bundled kernel (bundled_repl.py checks the values). Every hart
# runs main; only hart @LAST_HART@ may stop there. Hart 0 alone runs boot_machine:
# kvm_install, then the store of 1 into boot_done that lets the other harts go on.
break main if priv=S hart=@LAST_HART@
info break
continue
info harts
info break
delete 1
tbreak kvm_install if hart=0
watch w boot_done
info break
continue
bt
info break
continue
bt
x/wx boot_done
info break
delete
info break
quit
