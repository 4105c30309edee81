# Build-time defaults and feature switches. The real WorkOS client id and API server are
# deployment facts, not source facts: the defaults are placeholders that `ast login`
# recognises and refuses with a message saying how to set them.
set(ASTRO_DEFAULT_SERVER "https://api.astro.invalid" CACHE STRING
    "API server used when neither --server, ASTRO_SERVER nor the profile names one")
set(ASTRO_DEFAULT_AUTH_URL "https://api.workos.com" CACHE STRING
    "WorkOS API base used when ASTRO_AUTH_URL is not set")
set(ASTRO_WORKOS_CLIENT_ID "" CACHE STRING
    "WorkOS client id used when ASTRO_CLIENT_ID is not set (empty: login asks for one)")

option(ASTRO_BUILD_TESTS "Build the test suite" ON)
option(ASTRO_BUILD_TRAY "Build astro-tray (needs Qt6 Widgets, Quick, DBus)" ON)
option(ASTRO_BUILD_DEVSERVER "Build astro-devserver (needs Qt6 HttpServer)" ON)
option(ASTRO_BUILD_BENCH "Build the floor programs bench/run.sh measures ast against" OFF)
option(ASTRO_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(ASTRO_FUZZ "Build the libFuzzer targets of tests/fuzz (Clang only; see scripts/fuzz.sh)" OFF)

if(ASTRO_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

if(ASTRO_FUZZ)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # Everything (astcore above all) gets coverage feedback and the sanitizers; only the
        # fuzz targets link libFuzzer's main(). Meant for a build dir of its own.
        add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                            -fno-sanitize-recover=undefined)
        add_link_options(-fsanitize=address,undefined)
    else()
        message(WARNING "ASTRO_FUZZ needs Clang (libFuzzer): no fuzz targets. Configure with "
                        "CC=clang CXX=clang++, as scripts/fuzz.sh does.")
    endif()
endif()
