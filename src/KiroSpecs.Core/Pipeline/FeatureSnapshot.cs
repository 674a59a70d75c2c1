using KiroSpecs.Core.Common;
using KiroSpecs.Core.Diagnostics;
using KiroSpecs.Core.IO;

namespace KiroSpecs.Core.Pipeline;

/// <summary>
/// Everything read from one feature folder: the only input of <see cref="FeatureProcessor"/>.
/// A null file means it does not exist (or could not be read: then <see cref="ReadDiagnostics"/> says why).
/// </summary>
public sealed record FeatureSnapshot(
    FeaturePaths Paths,
    TextFileContent? Spec,
    TextFileContent? UseCase,
    TextFileContent? Sequence,
    EquatableArray<Diagnostic> ReadDiagnostics);
