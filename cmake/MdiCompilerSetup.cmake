# Warnings, ccache and project-wide definitions shared by every target.

find_program(MDI_CCACHE ccache)
if(MDI_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${MDI_CCACHE})
endif()

# Qt's `slots`/`signals`/`emit` macros clash with libtorch headers; the whole project uses
# Q_SLOTS/Q_SIGNALS/Q_EMIT instead.
add_compile_definitions(QT_NO_KEYWORDS)

function(mdi_set_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra)
  endif()
endfunction()
