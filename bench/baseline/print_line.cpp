// Floor for `ast token` on the file store: a QCoreApplication that prints one line and exits.
// Same Qt, same build type, no astcore: what any Qt CLI pays before doing its work.
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::fputs("print_line\n", stdout);
    return 0;
}
