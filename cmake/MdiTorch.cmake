# Finds libtorch and provides the imported target `mdi::torch`.
#
# Upstream libtorch (Windows, macOS, Linux) ships TorchConfig.cmake: point Torch_DIR or
# CMAKE_PREFIX_PATH at it. Debian's libtorch-dev ships one too; FindTorchFallback covers
# installations where only the headers and shared libraries are present.

find_package(Torch QUIET)
if(Torch_FOUND)
  add_library(mdi_torch INTERFACE)
  target_link_libraries(mdi_torch INTERFACE ${TORCH_LIBRARIES})
  # TORCH_CXX_FLAGS carries the ABI define; the imported target already sets it on Linux but
  # not on every platform.
  if(TORCH_CXX_FLAGS)
    separate_arguments(_mdi_torch_flags NATIVE_COMMAND "${TORCH_CXX_FLAGS}")
    target_compile_options(mdi_torch INTERFACE ${_mdi_torch_flags})
  endif()
  add_library(mdi::torch ALIAS mdi_torch)
  message(STATUS "libtorch: TorchConfig.cmake (${Torch_DIR})")
else()
  find_package(TorchFallback REQUIRED)
  add_library(mdi::torch ALIAS TorchFallback::torch)
  message(STATUS "libtorch: fallback module (${TorchFallback_INCLUDE_DIR})")
endif()

# Copy libtorch's DLLs next to the executables on Windows so tests and the app start.
function(mdi_copy_torch_dlls target)
  if(WIN32 AND TORCH_INSTALL_PREFIX)
    file(GLOB _dlls "${TORCH_INSTALL_PREFIX}/lib/*.dll")
    if(_dlls)
      add_custom_command(TARGET ${target} POST_BUILD
        COMMAND ${CMAKE_COMMAND} -E copy_if_different ${_dlls} $<TARGET_FILE_DIR:${target}>)
    endif()
  endif()
endfunction()
