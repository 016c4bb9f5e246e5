# no quit at the end and no terminal: the session ends with the script (stdin is the
# guest's), and rvscope exits with the guest's status (42 from the test finisher)
continue
