using ScoreLang.Data;

namespace ScoreLang.LanguageServer.Previews;

/// <summary>Sample data loaded for the previews: what was read, the evaluation date, and how to name it in a hover.</summary>
internal sealed record SampleDataSet(LoadResult Result, DateTime AsOf, string DisplayName);

/// <summary>Where the sample data of a document stands.</summary>
internal enum SampleStatus
{
    /// <summary>No <c>scorelang.json</c> above the document, or one without <c>sampleData</c>: no preview, no note.</summary>
    NotConfigured,

    /// <summary>Still loading after the time a request may wait.</summary>
    Loading,

    /// <summary>The config or the data has a problem (<see cref="SampleState.Message"/>; also a diagnostic on the config).</summary>
    Failed,

    Ready,
}

/// <summary>The answer of <see cref="SampleDataService.Lookup"/>.</summary>
internal sealed record SampleState(SampleStatus Status, SampleDataSet? Data = null, string? Message = null)
{
    public static SampleState NotConfigured { get; } = new(SampleStatus.NotConfigured);
}
