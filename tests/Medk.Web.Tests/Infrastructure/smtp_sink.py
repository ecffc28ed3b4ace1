"""A real SMTP server for the tests (Debian's python3-aiosmtpd): every letter it accepts is written to a folder.

usage: smtp_sink.py PORT FOLDER
Prints "ready" once it accepts connections; runs until killed.
"""
import os
import sys
import time

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = folder

    async def handle_DATA(self, server, session, envelope):
        name = "%d-%d.eml" % (time.time_ns(), os.getpid())
        temporary = os.path.join(self.folder, name + ".part")
        with open(temporary, "wb") as f:
            f.write(envelope.original_content or envelope.content)
        # Renamed only when complete, so the test never reads half a letter.
        os.rename(temporary, os.path.join(self.folder, name))
        return "250 OK"


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    controller = Controller(Sink(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
