# Fallback for libtorch installations without a usable TorchConfig.cmake, such as a bare
# Debian/Ubuntu libtorch-dev layout: headers in <prefix>/include/{ATen,c10,torch} and
# libtorch.so, libtorch_cpu.so, libc10.so in the library path.
#
# Provides TorchFallback::torch.

find_path(TorchFallback_INCLUDE_DIR NAMES ATen/ATen.h PATH_SUFFIXES include)
find_path(TorchFallback_API_INCLUDE_DIR NAMES torch/all.h
  HINTS ${TorchFallback_INCLUDE_DIR}
  PATH_SUFFIXES torch/csrc/api/include include/torch/csrc/api/include)
find_library(TorchFallback_TORCH_LIBRARY NAMES torch)
find_library(TorchFallback_TORCH_CPU_LIBRARY NAMES torch_cpu)
find_library(TorchFallback_C10_LIBRARY NAMES c10)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(TorchFallback
  REQUIRED_VARS TorchFallback_INCLUDE_DIR TorchFallback_TORCH_LIBRARY
                TorchFallback_TORCH_CPU_LIBRARY TorchFallback_C10_LIBRARY)

if(TorchFallback_FOUND AND NOT TARGET TorchFallback::torch)
  add_library(TorchFallback::torch INTERFACE IMPORTED)
  set(_dirs ${TorchFallback_INCLUDE_DIR})
  if(TorchFallback_API_INCLUDE_DIR)
    list(APPEND _dirs ${TorchFallback_API_INCLUDE_DIR})
  endif()
  set_target_properties(TorchFallback::torch PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${_dirs}"
    INTERFACE_LINK_LIBRARIES
      "${TorchFallback_TORCH_LIBRARY};${TorchFallback_TORCH_CPU_LIBRARY};${TorchFallback_C10_LIBRARY}"
    INTERFACE_COMPILE_DEFINITIONS "_GLIBCXX_USE_CXX11_ABI=1")
endif()
mark_as_advanced(TorchFallback_INCLUDE_DIR TorchFallback_API_INCLUDE_DIR TorchFallback_TORCH_LIBRARY
                 TorchFallback_TORCH_CPU_LIBRARY TorchFallback_C10_LIBRARY)
