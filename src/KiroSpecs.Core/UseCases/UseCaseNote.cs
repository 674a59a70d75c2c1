namespace KiroSpecs.Core.UseCases;

/// <summary>
/// Text of a section the diagrams do not draw ("Trigger", "Notes", "Expected Output", a document's
/// "Non-Functional Requirements"): <see cref="Section"/> is its label as written, <see cref="Text"/> one entry of
/// it (a line, an item, a table row joined with " | ", or the content of a code block when <see cref="IsCode"/>,
/// whose info string is <see cref="Info"/>). The analysis sections cite it.
/// </summary>
public sealed record UseCaseNote(string Section, string Text, bool IsCode, string Info, SourcePosition Position);
