#!/bin/sh
# The image runs the web app; given arguments, it runs the `medk` command with them instead.
set -e
cd /app
if [ "$#" -eq 0 ]; then
    exec dotnet Medk.Web.dll
fi
exec dotnet medk.dll "$@"
