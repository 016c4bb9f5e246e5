# page tables: the walk of user addresses ends at the kernel's own pages (compare with
# addr user_image / user_data_page); faults name their reason and trap
break sret user
continue
addr user_image
addr user_data_page
pt walk 0x1000
pt walk 0x2008 store
pt walk 0x3000 store
pt walk 0x1000 fetch
pt walk 0x1000 fetch S
pt walk 0x7000
pt walk 0x40000000
pt walk 0x80001234 S
pt walk 0x80001234
pt walk 0x4000000000
pt walk 0x2000 pid=2
pt walk 0x2000 pid=1
pt walk 0x2000 satp=0
pt dump
pt dump pid=1
pt dump satp=0x800000000008000f
pt walk
pt walk 0x2000 pid=9
pt walk 0x2000 pid=x
pt walk 0x2000 load store
pt frob
quit
