namespace Traceability.Api.Tests.Web;

/// <summary>The page's tests, not run in parallel with any other test class (their timings would include the others' load).</summary>
[CollectionDefinition(nameof(WebPageTests), DisableParallelization = true)]
public sealed class WebPageCollection;
