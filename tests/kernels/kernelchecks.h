#pragma once

#include "kernels/kernelisa.h"

#include <string>

// The kernel tests, free of Qt and libtorch so that the same code runs natively from a Qt Test
// (tst_kernels) and, cross-compiled for AArch64, under qemu-user (kernelchecks_main.cpp). Each
// check compares one instruction-set variant against a double-precision reference on odd shapes.
namespace mdi::kernels::checks {

// Runs every check of `isa` (which must be supported here); returns the number of failures and
// appends one line per failure (and a summary line) to *log. `light` is for emulators (qemu-user
// runs the AArch64 build some 50x slower): the same odd shapes (inputs not a multiple of the
// quant block, 1..8 rows of x, many rows), fewer and smaller.
int runAll(Isa isa, std::string *log, bool light = false);

// The individual checks (runAll calls them all).
int checkPacker(std::string *log);
int checkQuantizeRow(Isa isa, std::string *log);
int checkLinear(Isa isa, std::string *log, bool light = false);
int checkThreadsBitwise(Isa isa, std::string *log, bool light = false);

} // namespace mdi::kernels::checks
