#include <cmark.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/*
 * An allocator for cmark that hands out memory from large blocks and frees it all at once.
 *
 * cmark allocates every node and buffer separately and frees them one by one; for a note that
 * is thousands of calls to calloc and free, a tenth of what reading a note costs. With this
 * allocator a note's tree lives in a few blocks, which interview-lint drops with
 * il_arena_reset() once it has copied the tree, instead of calling cmark_node_free().
 *
 * Each thread has its own arena (thread-local), so the workers that read notes in parallel
 * never share one. Memory is only returned by il_arena_reset(); a note that grows a buffer many
 * times keeps the old copies until then, so a note's arena is a small multiple of what cmark
 * needs at its peak. The last allocation is grown in place when there is room, which is how
 * cmark's buffers grow.
 */

typedef struct il_arena_block {
    struct il_arena_block *previous;
    size_t capacity;  /* bytes of data after the header */
    size_t used;
    size_t last;      /* offset of the last allocation (its size field), or SIZE_MAX */
} il_arena_block;

/* Each allocation is preceded by its size, in a 16-byte field that keeps the data aligned. */
#define IL_ARENA_FIELD ((size_t)16)
#define IL_ARENA_BLOCK_SIZE ((size_t)64 * 1024)

static __thread il_arena_block *il_arena_current = NULL;

static inline unsigned char *il_arena_data(il_arena_block *block) {
    return (unsigned char *)block + sizeof(il_arena_block) + (16 - sizeof(il_arena_block) % 16) % 16;
}

static inline size_t il_arena_rounded(size_t size) {
    return (size + 15) & ~(size_t)15;
}

/*
 * cmark uses whatever its allocator returns without a check, so running out of memory would be
 * a segmentation fault: say so and end the process instead (exit code 2, as for other I/O
 * errors). Nothing the run has written is lost: reports go out with write(2) as they are made.
 */
static void il_arena_out_of_memory(size_t size) {
    char message[256];
    int length = snprintf(message, sizeof message,
                          "interview-lint: out of memory: cmark, the Markdown parser, could not get %zu more bytes "
                          "while reading a note; run it with more memory, or look for a very large note\n", size);
    if (length > 0) {
        size_t count = (size_t)length < sizeof message ? (size_t)length : sizeof message - 1;
        ssize_t written = write(STDERR_FILENO, message, count);
        (void)written;
    }
    _exit(2);
}

/* Room for `size` bytes, not cleared; ends the process when memory or the size runs out. */
static inline void *il_arena_take(size_t size) {
    if (size > SIZE_MAX / 2) il_arena_out_of_memory(size);
    size_t needed = IL_ARENA_FIELD + il_arena_rounded(size);
    il_arena_block *block = il_arena_current;
    if (block == NULL || block->capacity - block->used < needed) {
        size_t capacity = needed > IL_ARENA_BLOCK_SIZE ? needed : IL_ARENA_BLOCK_SIZE;
        il_arena_block *fresh = (il_arena_block *)malloc(sizeof(il_arena_block) + 16 + capacity);
        if (fresh == NULL) il_arena_out_of_memory(capacity);
        fresh->previous = block;
        fresh->capacity = capacity;
        fresh->used = 0;
        fresh->last = SIZE_MAX;
        il_arena_current = block = fresh;
    }
    unsigned char *field = il_arena_data(block) + block->used;
    memcpy(field, &size, sizeof(size));
    block->last = block->used;
    block->used += needed;
    return field + IL_ARENA_FIELD;
}

static inline void *il_arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) il_arena_out_of_memory(SIZE_MAX);
    void *memory = il_arena_take(count * size);
    memset(memory, 0, count * size);
    return memory;
}

static inline void *il_arena_realloc(void *memory, size_t size) {
    if (memory == NULL) return il_arena_take(size);
    unsigned char *field = (unsigned char *)memory - IL_ARENA_FIELD;
    size_t old;
    memcpy(&old, field, sizeof(old));
    il_arena_block *block = il_arena_current;
    /* The last allocation of the current block grows (or shrinks) where it is. */
    if (block != NULL && block->last != SIZE_MAX && field == il_arena_data(block) + block->last
        && size <= SIZE_MAX / 2
        && block->capacity - block->last >= IL_ARENA_FIELD + il_arena_rounded(size)) {
        memcpy(field, &size, sizeof(size));
        block->used = block->last + IL_ARENA_FIELD + il_arena_rounded(size);
        return memory;
    }
    void *moved = il_arena_take(size);
    memcpy(moved, memory, old < size ? old : size);
    return moved;
}

static inline void il_arena_free(void *memory) {
    (void)memory; /* returned by il_arena_reset() */
}

/* Frees everything the calling thread's arena holds. */
static inline void il_arena_reset(void) {
    il_arena_block *block = il_arena_current;
    while (block != NULL) {
        il_arena_block *previous = block->previous;
        free(block);
        block = previous;
    }
    il_arena_current = NULL;
}

static inline cmark_mem *il_arena_allocator(void) {
    static cmark_mem allocator = {il_arena_calloc, il_arena_realloc, il_arena_free};
    return &allocator;
}
