"""The README's steps for installing the apps in another project, read and applied as written.

The section "Using the apps in another Wagtail project" is a list of code blocks. Each one is
a shell session to run, or an edit that its first line, a comment, names: which file, and
how. :func:`steps` reads them; :class:`BlankProject` applies them to a project made by
``wagtail start``. A block whose first line is not one of these instructions fails the test:
the README and this module change together.
"""

import ast
import os
import re
import shlex
import subprocess
from dataclasses import dataclass
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
README = REPOSITORY / "README.md"
SECTION = "## Using the apps in another Wagtail project"
WHEEL_PLACEHOLDER = "path/to/wagtail_cooperation_network-0.1.0-py3-none-any.whl"
FENCE = re.compile(r"^```(\w+)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


@dataclass
class Step:
    language: str
    instruction: str  # the first line of an edit, without its comment marks
    code: str  # the rest (the whole block for a shell session)


def section_text():
    text = README.read_text()
    start = text.index(SECTION)
    end = text.find("\n## ", start + len(SECTION))
    return text[start : end if end != -1 else None]


def steps():
    """The code blocks of the README's section, in order."""
    found = []
    for language, code in FENCE.findall(section_text()):
        if language == "sh":
            found.append(Step(language, "", code))
            continue
        first, _, rest = code.partition("\n")
        instruction = first.strip().removeprefix("{#").removesuffix("#}").lstrip("# ").strip()
        found.append(Step(language, instruction, rest))
    return found


class BlankProject:
    """A ``wagtail start`` project, in its own virtual environment, that the README changes.

    Args:
        workdir: an empty folder; the virtual environment and the project are made in it.
        python: the interpreter of the virtual environment.
        wheel: the apps' wheel, in place of the README's placeholder.
        constraints: a pip constraints file, so that CI installs known versions.
    """

    name = "othernetwork"

    def __init__(self, workdir, python, wheel, constraints=None):
        self.workdir = Path(workdir)
        self.python = python
        self.wheel = Path(wheel)
        self.constraints = constraints
        self.venv = self.workdir / "venv"
        self.cwd = self.workdir
        self.python_version = subprocess.run(  # noqa: S603 - an interpreter found by the test
            [python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()

    @property
    def root(self):
        return self.workdir / self.name

    @property
    def bin(self):
        return self.venv / "bin"

    def run(self, command, **kwargs):
        """Run ``command`` (a list) in the project's environment; its output on failure."""
        result = subprocess.run(  # noqa: S603 - the README's commands, in a folder of the test
            command,
            cwd=kwargs.pop("cwd", self.cwd),
            env=self.environment(),
            capture_output=True,
            text=True,
            **kwargs,
        )
        if result.returncode:
            raise AssertionError(
                f"{shlex.join(map(str, command))} failed ({result.returncode}):\n"
                f"{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
            )
        return result.stdout

    def environment(self):
        """A newcomer's shell: nothing of the test run's Django, database or Python paths."""
        inherited = ("DJANGO_", "DATABASE_URL", "PYTHON", "VIRTUAL_ENV", "PYTEST", "CACHE_URL")
        variables = {
            name: value for name, value in os.environ.items() if not name.startswith(inherited)
        }
        return {**variables, "PATH": f"{self.bin}{os.pathsep}{variables.get('PATH', '')}"}

    def apply(self, step):
        if step.language == "sh":
            self.shell(step.code)
        elif step.instruction.startswith("requirements.txt, on Python 3.11"):
            if self.python_version == "3.11":
                self.replace_requirement(step.code.strip())
        elif step.instruction.startswith("settings:"):
            self.merge_settings(step.code)
        elif step.instruction.startswith("urls.py: in place of the final "):
            replaced = step.instruction.removeprefix("urls.py: in place of the final ")
            self.replace_line(self.root / self.name / "urls.py", replaced, step.code)
        elif step.instruction.endswith(": add"):
            self.append(self.root / step.instruction.removesuffix(": add"), step.code)
        elif step.language == "django" and step.instruction.endswith(".html"):
            self.write(self.root / step.instruction, step.code)
        elif step.language == "django" and ": in <head>, before " in step.instruction:
            path, _, anchor = step.instruction.partition(": in <head>, before ")
            self.insert_before(self.root / path, anchor, step.code)
        else:
            raise AssertionError(f"The install test cannot apply this README step: {step}")

    def shell(self, code):
        for line in code.strip().splitlines():
            words = shlex.split(line.replace(WHEEL_PLACEHOLDER, str(self.wheel)))
            program, arguments = words[0], words[1:]
            if program == "cd":
                self.cwd = self.cwd / arguments[0]
            elif program == "pip":
                self.pip(*arguments)
            elif program == "python":
                self.run([self.bin / "python", *arguments])
            elif program == "wagtail":
                self.run([self.bin / "wagtail", *arguments])
            else:
                raise AssertionError(f"The install test cannot run this README command: {line}")

    def create_environment(self):
        self.run([self.python, "-m", "venv", self.venv])
        self.run([self.bin / "python", "-m", "pip", "install", "--quiet", "--upgrade", "pip"])

    def pip(self, *arguments):
        constraints = ["--constraint", self.constraints] if self.constraints else []
        self.run(
            [self.bin / "python", "-m", "pip", *arguments[:1], "--quiet", *constraints]
            + list(arguments[1:])
        )

    def replace_requirement(self, requirement):
        package = re.match(r"[\w.-]+", requirement).group().lower()
        path = self.root / "requirements.txt"
        lines = path.read_text().splitlines()
        kept = [line for line in lines if re.match(r"[\w.-]+", line).group().lower() != package]
        assert len(kept) == len(lines) - 1, f"no {package} line in {lines}"
        path.write_text("\n".join([requirement, *kept]) + "\n")

    def merge_settings(self, code):
        """Insert the items of the block's lists into the project's lists of the same name,
        each after the item the block puts before it (at the start for the first), then add
        the block's other statements at the end of the settings."""
        path = self.root / self.name / "settings" / "base.py"
        source = path.read_text()
        settings = ast.parse(source)
        project_lists = {
            node.targets[0].id: node.value
            for node in settings.body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.List)
        }
        lists, others = {}, []
        for node in ast.parse(code).body:
            name = node.targets[0].id if isinstance(node, ast.Assign) else None
            if name in project_lists:
                lists[name] = [item.value for item in node.value.elts]
            else:
                others.append(ast.get_source_segment(code, node))
        # From the last list up, so that the positions of the others still hold.
        line_starts = [0]
        for line in source.splitlines(keepends=True):
            line_starts.append(line_starts[-1] + len(line))
        for name in sorted(lists, key=lambda name: project_lists[name].lineno, reverse=True):
            node = project_lists[name]
            merged = [item.value for item in node.elts]
            for position, item in enumerate(lists[name]):
                if item not in merged:
                    previous = lists[name][position - 1] if position else None
                    merged.insert(merged.index(previous) + 1 if previous else 0, item)
            start = line_starts[node.lineno - 1] + node.col_offset
            end = line_starts[node.end_lineno - 1] + node.end_col_offset
            written = "[\n" + "".join(f"    {item!r},\n" for item in merged) + "]"
            source = source[:start] + written + source[end:]
        path.write_text(source + "\n\n" + "\n".join(others) + "\n")

    def replace_line(self, path, line, code):
        source = path.read_text()
        lines = source.splitlines()
        matching = [index for index, text in enumerate(lines) if text.strip() == line]
        assert matching, f"{line!r} is not in {path}"
        del lines[matching[-1]]
        path.write_text("\n".join(lines) + "\n\n" + code)

    def append(self, path, code):
        path.write_text(path.read_text() + "\n\n" + code)

    def write(self, path, code):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(code)

    def insert_before(self, path, anchor, code):
        source = path.read_text()
        assert anchor in source, f"{anchor!r} is not in {path}"
        position = source.index(anchor)
        line_start = source.rindex("\n", 0, position) + 1
        indent = source[line_start:position]
        inserted = "".join(f"{indent}{line}\n" for line in code.strip().splitlines())
        path.write_text(source[:line_start] + inserted + source[line_start:])
