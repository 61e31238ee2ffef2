# CPack: what `cpack` in a build folder makes.
#   Linux:   mdi-chat_<version>_<arch>.deb (dependencies from dpkg-shlibdeps). No .rpm or .tar.gz:
#            built here they would need Debian's libtorch (its patched soname libtorch.so.1.13),
#            which no other distribution has (README, docs/RELEASING.md).
#   Windows: mdi-chat-<version>-windows-x64.exe (NSIS: Start menu entry, uninstaller)
#   macOS:   mdi-chat-<version>-macos-<arch>.dmg (drag mdi-chat.app to Applications)
# `cpack -G DEB` makes one kind only. What goes into the packages is in packaging/CMakeLists.txt;
# docs/RELEASING.md says how a release is cut.

set(CPACK_PACKAGE_NAME mdi-chat)
set(CPACK_PACKAGE_VENDOR "The MDI Chat developers")
# Debian's Maintainer field: "Name <email>" (lintian: malformed-contact).
set(CPACK_PACKAGE_CONTACT "${MDI_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Private multimodal chat with Qwen2-VL, on this computer and its LAN peers")
# Wrapped for dpkg (Description lines stay under 80 columns); CPack puts the summary above it.
set(CPACK_PACKAGE_DESCRIPTION
    "MDI Chat is a desktop application for private multimodal chat: drop a photo,
screenshot, scan or chart into the window, ask about it, and Qwen2-VL answers
in a stream of Markdown, entirely on your own hardware.
When one computer is too small or too slow, MDI Chat places ranges of the
model's layers on other computers of the LAN that run its headless peer,
mdi-node (a systemd unit is included, not enabled). The command line tool
mdi-run answers one prompt, inspects and downloads models.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "MDI Chat")
set(CPACK_PACKAGE_EXECUTABLES mdi-chat "MDI Chat")
# The Windows installer's licence page: the notice and the MIT licence (without it CPack would show
# CMake's placeholder text). The disk image gets no licence prompt (below).
file(READ ${PROJECT_SOURCE_DIR}/packaging/installer-notice.txt _mdi_notice)
file(READ ${PROJECT_SOURCE_DIR}/LICENSE _mdi_license)
file(WRITE ${PROJECT_BINARY_DIR}/packaging/installer-license.txt "${_mdi_notice}\n\n${_mdi_license}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_BINARY_DIR}/packaging/installer-license.txt)
set(CPACK_VERBATIM_VARIABLES ON)

if(CMAKE_SIZEOF_VOID_P EQUAL 8 AND WIN32)
  set(_mdi_arch x64)
elseif(APPLE AND CMAKE_OSX_ARCHITECTURES)
  string(REPLACE ";" "-" _mdi_arch "${CMAKE_OSX_ARCHITECTURES}")
else()
  string(TOLOWER "${CMAKE_SYSTEM_PROCESSOR}" _mdi_arch)
endif()

if(WIN32)
  set(CPACK_GENERATOR NSIS)
  set(CPACK_PACKAGE_FILE_NAME "mdi-chat-${PROJECT_VERSION}-windows-${_mdi_arch}")
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_PACKAGE_FILE_NAME "mdi-chat-${PROJECT_VERSION}-macos-${_mdi_arch}")
else()
  set(CPACK_GENERATOR DEB)
  set(CPACK_PACKAGE_FILE_NAME "mdi-chat-${PROJECT_VERSION}-linux-${_mdi_arch}")
  # Debug information stays in the build; the packages get stripped programs (a tenth of the size).
  set(CPACK_STRIP_FILES ON)
endif()

# --- Debian -----------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps finds Qt's, libtorch's and the C++ runtime's packages from the programs' ELF
# dependencies; what it cannot see are the plugins Qt loads at run time: the SQLite driver (chat
# history) and the platform plugins (qt6-qpa-plugins: xcb, offscreen).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# Debian's libtorch runs float32 through the system BLAS; OpenBLAS is ~50x faster than the
# reference one. Qt's own translations, more image formats (WebP, TIFF) for attachments, and the
# Wayland platform plugin (without it Qt falls back to X11 through XWayland).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "libopenblas0-pthread | libopenblas0, qt6-image-formats-plugins, qt6-translations-l10n, qt6-wayland")
# mdi-node.service: the snippets of dh_installsystemd --no-enable (packaging/debian/).
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${PROJECT_SOURCE_DIR}/packaging/debian/postinst
    ${PROJECT_SOURCE_DIR}/packaging/debian/prerm ${PROJECT_SOURCE_DIR}/packaging/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# --- Windows (NSIS) ---------------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "MDI Chat")
set(CPACK_NSIS_DISPLAY_NAME "MDI Chat ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "MDI Chat")
set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/packaging/icons/mdi-chat.ico)
set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/packaging/icons/mdi-chat.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\mdi-chat.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN mdi-chat.exe)
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_HELP_LINK ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_CONTACT "${PROJECT_HOMEPAGE_URL}/issues")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Offers to put bin\ (mdi-run, mdi-node) on the PATH; the default is not to.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_BRANDING_TEXT "MDI Chat ${PROJECT_VERSION}")

# --- macOS (DragNDrop) ------------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "MDI Chat ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
# No licence prompt: with CPACK_RESOURCE_FILE_LICENSE set, CPack would build one with the
# deprecated `hdiutil udifrez`, and the release job's unattended `hdiutil attach` would stop at it.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)

# --- Source archive (`cpack --config CPackSourceConfig.cmake`) ---------------------------------
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME "mdi-chat-${PROJECT_VERSION}-source")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "/build-[^/]*/" "/\\.cache/" "/\\.vscode/" "/\\.idea/"
                              "\\.swp$" "\\.user$")

include(CPack)
