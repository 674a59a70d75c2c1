Console.WriteLine("LibraryDesk: see .kiro/specs/*/sequence.md for the generated diagrams.");
