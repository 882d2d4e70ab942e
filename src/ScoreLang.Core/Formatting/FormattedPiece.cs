using ScoreLang.Text;

namespace ScoreLang.Formatting;

/// <summary>A token or comment of the source and where the formatter wrote it.</summary>
internal readonly record struct FormattedPiece(TextSpan Source, TextSpan Output);
