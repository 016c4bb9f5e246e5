# help is generated from the command table; unknown and ambiguous commands say so
help
help break
help x
help nosuch
nosuch
t
x/4gx
quit
