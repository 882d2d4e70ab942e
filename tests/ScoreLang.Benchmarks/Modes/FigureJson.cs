using System.Text.Json.Serialization;

namespace ScoreLang.Benchmarks.Modes;

/// <summary>Source-generated JSON for <see cref="Figure"/> (written by --figure, read by --report).</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(Figure))]
internal sealed partial class FigureJson : JsonSerializerContext;
