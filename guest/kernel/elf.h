/*
 * The parts of the ELF-64 format exec reads (System V gABI; RISC-V psABI for the
 * machine number): the file header and the program headers.
 */
#ifndef KERNEL_ELF_H
#define KERNEL_ELF_H

#include <stdint.h>

#define ELF_MAGIC 0x464c457fu       /* "\x7fELF" read as a little-endian word */
#define ELFCLASS64 2
#define ELFDATA2LSB 1
#define ET_EXEC 2
#define EM_RISCV 243

struct elf_header {
    uint32_t magic;
    uint8_t class, data, ident_version, osabi;
    uint8_t pad[8];
    uint16_t type;
    uint16_t machine;
    uint32_t version;
    uint64_t entry;
    uint64_t phoff;                 /* file offset of the program headers */
    uint64_t shoff;
    uint32_t flags;
    uint16_t ehsize;
    uint16_t phentsize;
    uint16_t phnum;
    uint16_t shentsize;
    uint16_t shnum;
    uint16_t shstrndx;
};
_Static_assert(sizeof(struct elf_header) == 64, "ELF header");

#define PT_LOAD 1
#define PF_X 1
#define PF_W 2
#define PF_R 4

struct elf_program_header {
    uint32_t type;
    uint32_t flags;                 /* PF_* */
    uint64_t offset;                /* in the file */
    uint64_t vaddr;
    uint64_t paddr;
    uint64_t filesz;                /* bytes in the file ... */
    uint64_t memsz;                 /* ... and in memory: the rest is zero (bss) */
    uint64_t align;
};
_Static_assert(sizeof(struct elf_program_header) == 56, "ELF program header");

#endif
