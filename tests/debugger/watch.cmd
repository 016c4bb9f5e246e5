# watchpoints: virtual (the user's data page at 0x2000), physical (the same page seen
# as RAM), loads and stores; the hart stops right after the access
watch 0x2000
watch r 0x2000 8
addr user_data_page
watch p:0x8000b000 4
info break
continue
continue
info break
delete 1 2 3
watch rw 0x2000
continue
continue
quit
