# Helpers that give every module the same shape:
#   govmon_library(<module> DEPS ...)  src/<module>/*.cc (not tests, fuzzers, benches) -> govmon_<module>
#   govmon_test(<module> [DEPS ...])   src/<module>/*_test.cc -> <module>_test, run by ctest
#   govmon_fuzzer(<name> <source> DEPS ...)
#       with GOVMON_FUZZ: a libFuzzer binary; always: <name>_replay, a ctest that
#       replays testdata/fuzz/<name>/ so every build catches regressions.
# Sources are globbed per folder so that a new file needs no CMake edit; a new
# module needs one add_subdirectory() line at the top level.

set(GOVMON_WARNINGS -Wall -Wextra -Wshadow -Wconversion -Wno-sign-conversion -Wno-missing-field-initializers -Wnon-virtual-dtor
    -Woverloaded-virtual)
if(GOVMON_WERROR)
  list(APPEND GOVMON_WARNINGS -Werror)
endif()
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  list(APPEND GOVMON_WARNINGS -Wthread-safety)
endif()
if(GOVMON_FUZZ)
  # Instrument every library for coverage, so libFuzzer sees into the code
  # under test and not just the fuzzer's own file.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
if(GOVMON_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

function(govmon_library module)
  cmake_parse_arguments(ARG "" "" "DEPS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cc)
  list(FILTER sources EXCLUDE REGEX "_(test|fuzzer|bench)\\.cc$")
  list(FILTER sources EXCLUDE REGEX "/main\\.cc$")
  if(NOT sources)  # A module that has only headers so far.
    add_library(govmon_${module} INTERFACE)
    target_include_directories(govmon_${module} INTERFACE ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(govmon_${module} INTERFACE ${ARG_DEPS})
    return()
  endif()
  add_library(govmon_${module} STATIC ${sources})
  target_include_directories(govmon_${module} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_compile_options(govmon_${module} PRIVATE ${GOVMON_WARNINGS})
  target_link_libraries(govmon_${module} PUBLIC ${ARG_DEPS})
endfunction()

function(govmon_test module)
  cmake_parse_arguments(ARG "" "" "DEPS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*_test.cc)
  if(NOT sources)
    return()
  endif()
  add_executable(${module}_test ${sources})
  target_compile_options(${module}_test PRIVATE ${GOVMON_WARNINGS})
  target_compile_definitions(${module}_test PRIVATE
      GOVMON_SOURCE_DIR="${PROJECT_SOURCE_DIR}" GOVMON_BINARY_DIR="${PROJECT_BINARY_DIR}")
  target_link_libraries(${module}_test PRIVATE govmon_${module} ${ARG_DEPS} GTest::gmock GTest::gtest_main)
  gtest_discover_tests(${module}_test
      WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
      DISCOVERY_MODE PRE_TEST
      PROPERTIES LABELS ${module} TIMEOUT 300)
endfunction()

function(govmon_fuzzer name source)
  cmake_parse_arguments(ARG "" "" "DEPS" ${ARGN})
  add_executable(${name}_replay ${source} ${PROJECT_SOURCE_DIR}/src/fuzz/replay_main.cc)
  target_link_libraries(${name}_replay PRIVATE ${ARG_DEPS})
  target_compile_options(${name}_replay PRIVATE ${GOVMON_WARNINGS})
  add_test(NAME ${name}_replay
           COMMAND ${name}_replay ${PROJECT_SOURCE_DIR}/testdata/fuzz/${name})
  set_tests_properties(${name}_replay PROPERTIES LABELS fuzz)
  if(GOVMON_FUZZ)
    add_executable(${name} ${source})
    target_compile_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(${name} PRIVATE ${ARG_DEPS})
  endif()
endfunction()
