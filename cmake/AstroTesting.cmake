# ast_add_test(<name> SOURCES ... [LIBS ...] [LABELS ...] [LAUNCHER ...] [TIMEOUT s])
# One Qt Test executable = one CTest test. Every test runs with its own HOME, ASTRO_HOME and
# XDG dirs under the build tree, so no test ever touches the real user's files or another
# test's state, and the default credential store is the file (no keyring unless the test's
# launcher provides one).
function(ast_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;LAUNCHER;ENV" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests/bin)
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    astro_set_warnings(${name})
    set(home ${CMAKE_BINARY_DIR}/tests/home/${name})
    add_test(NAME ${name} COMMAND ${ARG_LAUNCHER} $<TARGET_FILE:${name}>)
    set(env
        "HOME=${home}"
        "ASTRO_HOME=${home}/.astro"
        "XDG_CONFIG_HOME=${home}/.config"
        "XDG_DATA_HOME=${home}/.local/share"
        "XDG_CACHE_HOME=${home}/.cache"
        "LANG=C.UTF-8"
        "LC_ALL=C.UTF-8"
        "QT_QPA_PLATFORM=offscreen"
        "ASTRO_BIN_DIR=${CMAKE_BINARY_DIR}/bin"
        ${ARG_ENV})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${ARG_TIMEOUT}
                                            LABELS "${ARG_LABELS}")
    file(MAKE_DIRECTORY ${home})
endfunction()
