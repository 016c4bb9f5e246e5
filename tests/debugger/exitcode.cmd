# no quit at the end and no terminal: the session ends at end of input, and rvscope
# exits with the guest's status (42 from the test finisher)
continue
