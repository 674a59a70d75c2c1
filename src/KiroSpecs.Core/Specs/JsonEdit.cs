namespace KiroSpecs.Core.Specs;

/// <summary>A desired value in spec.json: a scalar to set, or an object whose members to ensure.</summary>
internal abstract record JsonEdit;
