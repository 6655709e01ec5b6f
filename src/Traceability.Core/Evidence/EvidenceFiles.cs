namespace Traceability.Core.Evidence;

/// <summary>How file paths of evidence items are resolved.</summary>
/// <param name="BaseFolder">Folder relative paths start from (the CSV file's folder, or the working folder).</param>
/// <param name="Confined">True for files uploaded to the API: paths must name a file inside <paramref name="BaseFolder"/>,
/// and only the file name is recorded (the upload folder does not outlive the request).</param>
public sealed record EvidenceFiles(string BaseFolder, bool Confined = false);
