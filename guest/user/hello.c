/* hello: the first program a course runs. The tests look for these three lines. */
#include "user.h"

int main(void)
{
    printf("Hello world!!\n");
    printf("I am process %d.\n", getpid());
    printf("hello pass.\n");
    return 0;
}
