# Detach: breakpoints go, the guest runs on to its end and rvscope exits with its status.
break kmain
continue
detach
