/*
 * The instruction corpus of tests/unit/test_decode.c: every RV64IMAFDC + Zicsr +
 * Zifencei + privileged instruction rvscope decodes, with varied operands (every
 * register, immediate extremes, every rounding mode, aq/rl, fence sets, CSRs by name
 * and by number).
 *
 * Assembled twice (tests/unit/corpus/CMakeLists.txt): with -march=rv64g and with
 * -march=rv64gc, where the assembler compresses what it can. One source line is one
 * instruction in both objects, so the two line up instruction by instruction. Hence:
 *   - real instructions only, never a pseudo-instruction (mv, li, j, ret, nop, ...);
 *   - branch and jump targets are written `.+N`: the same offset in both objects;
 *   - the last part names compressed instructions explicitly through `rvc`, giving
 *     the 32-bit twin each one expands to (unpriv spec 20191213 ch. 16, Tables
 *     16.5-16.7) for the rv64g object.
 * Not executable: it is only decoded.
 */
        .option norelax

/* rvc "compressed", "twin": the compressed instruction in the rv64gc object, its
 * 32-bit expansion in the rv64g object. */
        .macro rvc compressed:req, twin:req
#ifdef __riscv_compressed
        \compressed
#else
        \twin
#endif
        .endm

        .text
        .globl corpus
corpus:
/* ---- RV64I: U and J formats (unpriv spec §2.4, §2.5) ---- */
        lui zero,0
        lui ra,0xfffff
        lui t6,0x80000
        lui a0,0x7ffff
        lui s0,1
        auipc sp,0
        auipc gp,0xfffff
        auipc t5,0x80000
        auipc tp,0x12345
        jal ra,.+1048574
        jal zero,.-1048576
        jal t0,.+0
        jal a0,.+2
        jal s11,.-2
        jal t6,.+2048
        jalr ra,0(a0)
        jalr zero,2047(t6)
        jalr t1,-2048(s1)
        jalr zero,0(ra)
        jalr s10,-1(a7)

/* ---- RV64I: branches, 13-bit offsets -4096..4094 (§2.5) ---- */
        beq a0,a1,.+4094
        beq zero,zero,.-4096
        bne t0,t6,.+2
        bne s1,zero,.-2
        blt ra,sp,.+0
        blt t3,s7,.+2048
        bge gp,tp,.-2048
        bge zero,a5,.+256
        bltu s2,s3,.-4096
        bltu a6,a7,.+4094
        bgeu t4,t5,.+4
        bgeu s8,s9,.-4

/* ---- RV64I: loads and stores, 12-bit offsets -2048..2047 (§2.6, §5.3) ---- */
        lb zero,-2048(zero)
        lb a0,2047(t6)
        lh ra,0(sp)
        lh s2,-1(s3)
        lw gp,2047(tp)
        lw t0,-2048(t1)
        ld t2,8(s0)
        ld s1,-2048(a0)
        ld a1,2047(sp)
        lbu a2,1(a3)
        lbu a4,-2048(a5)
        lhu a6,2047(a7)
        lhu s4,-2(s5)
        lwu s6,-2048(s7)
        lwu s8,2047(s9)
        sb zero,-2048(zero)
        sb t6,2047(a0)
        sh s10,0(s11)
        sh t3,-1(t4)
        sw t5,2047(t6)
        sw ra,-2048(sp)
        sd gp,504(sp)
        sd tp,-2048(t0)
        sd t1,2047(t2)

/* ---- RV64I: immediate arithmetic (§2.4, §5.2); shamt 0..63, W forms 0..31 ---- */
        addi zero,zero,0
        addi ra,sp,-2048
        addi t6,t5,2047
        addi a0,a0,-1
        slti gp,tp,-2048
        slti s0,s1,2047
        sltiu t0,t1,-1
        sltiu a2,a3,0
        xori t2,s2,-2048
        xori a4,a5,2047
        ori s3,s4,-1
        ori a6,a7,1
        andi s5,s6,-2048
        andi s7,s8,2047
        slli s9,s10,0
        slli s11,t3,63
        slli t4,t4,32
        srli t5,t6,0
        srli zero,ra,63
        srli sp,gp,31
        srai tp,t0,0
        srai t1,t2,63
        srai s0,s1,1
        addiw a0,a1,-2048
        addiw a2,a3,2047
        addiw zero,t6,0
        slliw a4,a5,0
        slliw a6,a7,31
        srliw s2,s3,0
        srliw s4,s5,31
        sraiw s6,s7,0
        sraiw s8,s9,31

/* ---- RV64I register-register and RV64M (§2.4, §5.2, ch. 7) ---- */
        add zero,t0,s1
        sub gp,a0,a6
        sll t1,a5,s7
        slt s1,s4,t5
        sltu a2,s9,t0
        xor a5,t5,a2
        srl s2,gp,s3
        sra s5,s0,s10
        or s8,a3,ra
        and s11,s2,s0
        addw t5,s7,a5
        subw ra,t3,s6
        sllw tp,ra,t4
        srlw t2,t1,tp
        sraw a0,a1,a1
        mul a3,a6,s2
        mulh a6,s5,s9
        mulhsu s3,s10,zero
        mulhu s6,t6,t2
        div s9,tp,a4
        divu t3,s1,s5
        rem t6,a4,t3
        remu sp,s3,gp
        mulw t0,s8,a0
        divw s0,t4,a7
        divuw a1,sp,s8
        remw a4,t2,t6
        remuw a7,a2,t1

/* ---- RV64I fences (§2.7) and Zifencei (ch. 3); system (§2.8) ---- */
        fence iorw,iorw
        fence r,w
        fence i,o
        fence io,rw
        fence w,r
        fence ir,ow
        fence o,iw
        fence rw,rw
        fence.tso
        fence.i
        ecall
        ebreak

/* ---- privileged (priv spec 1.12 §3.3, §4.2.1) ---- */
        sret
        mret
        wfi
        sfence.vma zero,zero
        sfence.vma a0,zero
        sfence.vma zero,a1
        sfence.vma t6,s11

/* ---- Zicsr (ch. 9): CSRs by name, by number, and unknown to rvscope ---- */
        csrrw zero,fflags,zero
        csrrw ra,frm,sp
        csrrw t6,fcsr,t5
        csrrs a0,cycle,zero
        csrrs a1,time,zero
        csrrs a2,instret,zero
        csrrs a3,hpmcounter3,zero
        csrrs a4,hpmcounter31,zero
        csrrw gp,sstatus,tp
        csrrs t0,sie,t1
        csrrc t2,stvec,s0
        csrrw s1,scounteren,a5
        csrrw a6,senvcfg,a7
        csrrw s2,sscratch,s3
        csrrw s4,sepc,s5
        csrrw s6,scause,s7
        csrrw s8,stval,s9
        csrrs s10,sip,s11
        csrrw t3,stimecmp,t4
        csrrw t5,satp,t6
        csrrs ra,mvendorid,zero
        csrrs sp,marchid,zero
        csrrs gp,mimpid,zero
        csrrs tp,mhartid,zero
        csrrs t0,mconfigptr,zero
        csrrw t1,mstatus,t2
        csrrs s0,misa,zero
        csrrw s1,medeleg,a0
        csrrw a1,mideleg,a2
        csrrs a3,mie,a4
        csrrw a5,mtvec,a6
        csrrw a7,mcounteren,s2
        csrrw s3,menvcfg,s4
        csrrc s5,mcountinhibit,s6
        csrrw s7,mhpmevent3,zero
        csrrw s8,mhpmevent31,zero
        csrrw s9,mscratch,s10
        csrrw s11,mepc,t3
        csrrw t4,mcause,t5
        csrrw t6,mtval,ra
        csrrc sp,mip,gp
        csrrw tp,pmpcfg0,t0
        csrrw t1,pmpcfg2,t2
        csrrs s0,pmpcfg14,zero
        csrrw s1,pmpaddr0,a0
        csrrw a1,pmpaddr15,a2
        csrrs a3,pmpaddr16,zero
        csrrs a4,pmpaddr63,zero
        csrrw a5,mcycle,a6
        csrrw a7,minstret,s2
        csrrs s3,mhpmcounter3,zero
        csrrs s4,mhpmcounter31,zero
        csrrs s5,0x300,zero
        csrrw s6,0x141,s7
        csrrs s8,0xc01,zero
        csrrw s9,0x7c0,s10
        csrrs s11,0x800,zero
        csrrc t3,0xfff,t4
        csrrs t5,0x000,zero
        csrrwi zero,fflags,0
        csrrwi t6,frm,31
        csrrsi a0,mstatus,8
        csrrsi ra,sstatus,31
        csrrci sp,mie,0
        csrrci gp,0x7c1,17
        csrrwi tp,0xb00,1

/* ---- RV64A (ch. 8): every aq/rl combination ---- */
        lr.w zero,(zero)
        lr.w.aq ra,(sp)
        lr.w.rl gp,(tp)
        lr.w.aqrl t6,(t5)
        lr.d t0,(t1)
        lr.d.aq t2,(s0)
        lr.d.rl s1,(a0)
        lr.d.aqrl a1,(a2)
        sc.w a3,a4,(a5)
        sc.w.aq a6,a7,(s2)
        sc.w.rl s3,s4,(s5)
        sc.w.aqrl s6,s7,(s8)
        sc.d s9,s10,(s11)
        sc.d.aq t3,t4,(t5)
        sc.d.rl t6,zero,(ra)
        sc.d.aqrl sp,gp,(tp)
        amoswap.w t0,t1,(t2)
        amoswap.w.aqrl s0,s1,(a0)
        amoadd.w a1,a2,(a3)
        amoadd.w.aq a4,a5,(a6)
        amoxor.w a7,s2,(s3)
        amoxor.w.rl s4,s5,(s6)
        amoand.w s7,s8,(s9)
        amoor.w s10,s11,(t3)
        amomin.w t4,t5,(t6)
        amomax.w zero,ra,(sp)
        amominu.w gp,tp,(t0)
        amomaxu.w.aqrl t1,t2,(s0)
        amoswap.d s1,a0,(a1)
        amoswap.d.aq a2,a3,(a4)
        amoadd.d a5,a6,(a7)
        amoadd.d.rl s2,s3,(s4)
        amoxor.d s5,s6,(s7)
        amoand.d.aqrl s8,s9,(s10)
        amoor.d s11,t3,(t4)
        amomin.d t5,t6,(zero)
        amomax.d.aq ra,sp,(gp)
        amominu.d tp,t0,(t1)
        amomaxu.d.rl t2,s0,(s1)

/* ---- F and D loads/stores (§11.5, §12.3) ---- */
        flw ft0,-2048(zero)
        flw ft11,2047(t6)
        flw fa0,0(sp)
        fld fs0,-2048(a0)
        fld ft8,2047(ra)
        fld fs11,8(sp)
        fsw ft1,-2048(a1)
        fsw fs10,2047(sp)
        fsd ft2,0(a2)
        fsd fa7,-2048(s0)
        fsd ft10,2047(t3)

/* ---- F and D computation: every rounding mode, dyn explicit and implied ---- */
        /* fused multiply-add: each f register once as rd, rs1, rs2 and rs3 */
        fmadd.s ft0,ft5,fa1,fs3,rne
        fmsub.s ft1,ft6,fa2,fs4,rtz
        fnmsub.s ft2,ft7,fa3,fs5,rdn
        fnmadd.s ft3,fs0,fa4,fs6,rup
        fmadd.d ft4,fs1,fa5,fs7,rmm
        fmsub.d ft5,fa0,fa6,fs8,dyn
        fnmsub.d ft6,fa1,fa7,fs9
        fnmadd.d ft7,fa2,fs2,fs10,rne
        fmadd.s fs0,fa3,fs3,fs11,rtz
        fmsub.s fs1,fa4,fs4,ft8,rdn
        fnmsub.s fa0,fa5,fs5,ft9,rup
        fnmadd.s fa1,fa6,fs6,ft10,rmm
        fmadd.d fa2,fa7,fs7,ft11,dyn
        fmsub.d fa3,fs2,fs8,ft0
        fnmsub.d fa4,fs3,fs9,ft1,rne
        fnmadd.d fa5,fs4,fs10,ft2,rtz
        fmadd.s fa6,fs5,fs11,ft3,rdn
        fmsub.s fa7,fs6,ft8,ft4,rup
        fnmsub.s fs2,fs7,ft9,ft5,rmm
        fnmadd.s fs3,fs8,ft10,ft6,dyn
        fmadd.d fs4,fs9,ft11,ft7
        fmsub.d fs5,fs10,ft0,fs0,rne
        fnmsub.d fs6,fs11,ft1,fs1,rtz
        fnmadd.d fs7,ft8,ft2,fa0,rdn
        fmadd.s fs8,ft9,ft3,fa1,rup
        fmsub.s fs9,ft10,ft4,fa2,rmm
        fnmsub.s fs10,ft11,ft5,fa3,dyn
        fnmadd.s fs11,ft0,ft6,fa4
        fmadd.d ft8,ft1,ft7,fa5,rne
        fmsub.d ft9,ft2,fs0,fa6,rtz
        fnmsub.d ft10,ft3,fs1,fa7,rdn
        fnmadd.d ft11,ft4,fa0,fs2,rup
        fadd.s ft0,ft5,fs1
        fadd.s fa1,fa2,fa3,rne
        fsub.s ft3,fa0,fa6,rtz
        fmul.s ft6,fa5,fs7,rdn
        fdiv.s fs1,fs4,ft10,rup
        fsqrt.s fa4,fa5,rmm
        fsqrt.s ft11,ft0
        fsgnj.s fa2,fs9,ft5
        fsgnjn.s fa5,ft10,fa2
        fsgnjx.s fs2,ft3,fs3
        fmin.s fs5,fs0,fs10
        fmax.s fs8,fa3,ft1
        fadd.d fs11,fs2,fs0
        fadd.d ft9,ft8,ft7,rmm
        fsub.d ft10,fs7,fa5,dyn
        fmul.d ft1,ft8,fs6,rtz
        fdiv.d ft4,ft1,ft9,rne
        fsqrt.d fs3,fs4,rdn
        fsqrt.d fa6,fa7
        fsgnj.d ft7,ft6,ft4
        fsgnjn.d fa0,fa1,fa1
        fsgnjx.d fa3,fa6,fs2
        fmin.d fa6,fs5,fs9
        fmax.d fs3,fs10,ft0
        fcvt.w.s zero,ft0,rne
        fcvt.wu.s ra,ft1,rtz
        fcvt.l.s sp,ft2,rdn
        fcvt.lu.s gp,ft3,rup
        fcvt.w.d tp,ft4,rmm
        fcvt.wu.d t0,ft5
        fcvt.l.d t1,ft6,rtz
        fcvt.lu.d t6,ft11,dyn
        fcvt.s.w ft7,t2,rne
        fcvt.s.wu fs0,s0
        fcvt.s.l fs1,s1,rup
        fcvt.s.lu fa0,a0,rmm
        fcvt.d.w fa1,a1
        fcvt.d.wu fa2,a2
        fcvt.d.l fa3,a3,rtz
        fcvt.d.lu fa4,a4,rdn
        fcvt.s.d fa5,fa6,rtz
        fcvt.s.d fa7,fs2
        fcvt.d.s fs2,fs3
        fmv.x.w a5,fs4
        fmv.x.d a6,fs5
        fmv.w.x fs6,a7
        fmv.d.x fs7,s2
        fmv.x.w zero,ft11
        feq.s s3,fs8,fs9
        flt.s s4,fs10,fs11
        fle.s s5,ft8,ft9
        feq.d s6,ft10,ft11
        flt.d s7,ft0,ft1
        fle.d s8,ft2,ft3
        fclass.s s9,ft4
        fclass.d s10,ft5

/* ---- C (ch. 16): each compressed instruction and its 32-bit twin ---- */
        .globl corpus_rvc
corpus_rvc:
        /* quadrant 0: CIW, CL, CS with x8..x15 */
        rvc "c.addi4spn s0,sp,4",    "addi s0,sp,4"
        rvc "c.addi4spn a5,sp,1020", "addi a5,sp,1020"
        rvc "c.addi4spn a0,sp,520",  "addi a0,sp,520"
        rvc "c.fld fs0,0(a5)",       "fld fs0,0(a5)"
        rvc "c.fld fa5,248(s0)",     "fld fa5,248(s0)"
        rvc "c.lw s1,0(a0)",         "lw s1,0(a0)"
        rvc "c.lw a4,124(a3)",       "lw a4,124(a3)"
        rvc "c.lw a0,64(s1)",        "lw a0,64(s1)"
        rvc "c.lw a1,4(a2)",         "lw a1,4(a2)"
        rvc "c.ld a2,0(s0)",         "ld a2,0(s0)"
        rvc "c.ld a3,248(a5)",       "ld a3,248(a5)"
        rvc "c.ld s1,128(a0)",       "ld s1,128(a0)"
        rvc "c.fsd fa0,0(s1)",       "fsd fa0,0(s1)"
        rvc "c.fsd fs1,248(a4)",     "fsd fs1,248(a4)"
        rvc "c.sw a5,0(s0)",         "sw a5,0(s0)"
        rvc "c.sw s0,124(a5)",       "sw s0,124(a5)"
        rvc "c.sw a1,64(a2)",        "sw a1,64(a2)"
        rvc "c.sw a2,4(a1)",         "sw a2,4(a1)"
        rvc "c.sd s1,0(a1)",         "sd s1,0(a1)"
        rvc "c.sd a0,248(a2)",       "sd a0,248(a2)"
        rvc "c.sd a3,128(a4)",       "sd a3,128(a4)"
        /* quadrant 1 */
        rvc "c.nop",                 "addi zero,zero,0"
        rvc "c.nop 31",              "addi zero,zero,31"
        rvc "c.addi ra,1",           "addi ra,ra,1"
        rvc "c.addi t6,-32",         "addi t6,t6,-32"
        rvc "c.addi sp,31",          "addi sp,sp,31"
        rvc "c.addi a0,0",           "addi a0,a0,0"
        rvc "c.addiw a0,-32",        "addiw a0,a0,-32"
        rvc "c.addiw t6,31",         "addiw t6,t6,31"
        rvc "c.addiw ra,0",          "addiw ra,ra,0"
        rvc "c.li t0,-32",           "addi t0,zero,-32"
        rvc "c.li s11,31",           "addi s11,zero,31"
        rvc "c.li zero,1",           "addi zero,zero,1"
        rvc "c.addi16sp sp,-512",    "addi sp,sp,-512"
        rvc "c.addi16sp sp,496",     "addi sp,sp,496"
        rvc "c.addi16sp sp,16",      "addi sp,sp,16"
        rvc "c.addi16sp sp,-16",     "addi sp,sp,-16"
        rvc "c.lui ra,1",            "lui ra,1"
        rvc "c.lui t6,0x1f",         "lui t6,0x1f"
        rvc "c.lui s0,0xfffe0",      "lui s0,0xfffe0"
        rvc "c.lui a0,0xfffff",      "lui a0,0xfffff"
        rvc "c.lui zero,1",          "lui zero,1"
        rvc "c.srli s0,1",           "srli s0,s0,1"
        rvc "c.srli a5,63",          "srli a5,a5,63"
        rvc "c.srli a0,32",          "srli a0,a0,32"
        rvc "c.srli64 a1",           "srli a1,a1,0"
        rvc "c.srai s1,1",           "srai s1,s1,1"
        rvc "c.srai a4,63",          "srai a4,a4,63"
        rvc "c.srai64 a2",           "srai a2,a2,0"
        rvc "c.andi a0,-32",         "andi a0,a0,-32"
        rvc "c.andi s0,31",          "andi s0,s0,31"
        rvc "c.andi a5,0",           "andi a5,a5,0"
        rvc "c.sub s0,a5",           "sub s0,s0,a5"
        rvc "c.xor a0,a1",           "xor a0,a0,a1"
        rvc "c.or a2,a3",            "or a2,a2,a3"
        rvc "c.and a4,s1",           "and a4,a4,s1"
        rvc "c.subw a5,s0",          "subw a5,a5,s0"
        rvc "c.addw s1,a0",          "addw s1,s1,a0"
        rvc "c.j .+2046",            "jal zero,.+2046"
        rvc "c.j .-2048",            "jal zero,.-2048"
        rvc "c.j .+2",               "jal zero,.+2"
        rvc "c.j .+0",               "jal zero,.+0"
        rvc "c.beqz s0,.+254",       "beq s0,zero,.+254"
        rvc "c.beqz a5,.-256",       "beq a5,zero,.-256"
        rvc "c.bnez a0,.+2",         "bne a0,zero,.+2"
        rvc "c.bnez s1,.-2",         "bne s1,zero,.-2"
        /* quadrant 2 */
        rvc "c.slli ra,1",           "slli ra,ra,1"
        rvc "c.slli t6,63",          "slli t6,t6,63"
        rvc "c.slli sp,32",          "slli sp,sp,32"
        rvc "c.slli64 a0",           "slli a0,a0,0"
        rvc "c.slli zero,1",         "slli zero,zero,1"
        rvc "c.fldsp ft0,0(sp)",     "fld ft0,0(sp)"
        rvc "c.fldsp ft11,504(sp)",  "fld ft11,504(sp)"
        rvc "c.fldsp fa0,64(sp)",    "fld fa0,64(sp)"
        rvc "c.lwsp ra,0(sp)",       "lw ra,0(sp)"
        rvc "c.lwsp t6,252(sp)",     "lw t6,252(sp)"
        rvc "c.lwsp a0,32(sp)",      "lw a0,32(sp)"
        rvc "c.lwsp a1,64(sp)",      "lw a1,64(sp)"
        rvc "c.ldsp ra,0(sp)",       "ld ra,0(sp)"
        rvc "c.ldsp t6,504(sp)",     "ld t6,504(sp)"
        rvc "c.ldsp sp,8(sp)",       "ld sp,8(sp)"
        rvc "c.ldsp a2,64(sp)",      "ld a2,64(sp)"
        rvc "c.jr ra",               "jalr zero,0(ra)"
        rvc "c.jr t6",               "jalr zero,0(t6)"
        rvc "c.mv a0,ra",            "add a0,zero,ra"
        rvc "c.mv t6,t5",            "add t6,zero,t5"
        rvc "c.mv zero,a0",          "add zero,zero,a0"
        rvc "c.ebreak",              "ebreak"
        rvc "c.jalr a0",             "jalr ra,0(a0)"
        rvc "c.jalr t6",             "jalr ra,0(t6)"
        rvc "c.jalr ra",             "jalr ra,0(ra)"
        rvc "c.add a0,a1",           "add a0,a0,a1"
        rvc "c.add t6,ra",           "add t6,t6,ra"
        rvc "c.add zero,a0",         "add zero,zero,a0"
        rvc "c.fsdsp fs0,0(sp)",     "fsd fs0,0(sp)"
        rvc "c.fsdsp ft11,504(sp)",  "fsd ft11,504(sp)"
        rvc "c.fsdsp fa1,64(sp)",    "fsd fa1,64(sp)"
        rvc "c.swsp ra,0(sp)",       "sw ra,0(sp)"
        rvc "c.swsp t6,252(sp)",     "sw t6,252(sp)"
        rvc "c.swsp zero,4(sp)",     "sw zero,4(sp)"
        rvc "c.swsp a0,64(sp)",      "sw a0,64(sp)"
        rvc "c.sdsp ra,0(sp)",       "sd ra,0(sp)"
        rvc "c.sdsp t6,504(sp)",     "sd t6,504(sp)"
        rvc "c.sdsp zero,8(sp)",     "sd zero,8(sp)"
        rvc "c.sdsp a1,64(sp)",      "sd a1,64(sp)"
