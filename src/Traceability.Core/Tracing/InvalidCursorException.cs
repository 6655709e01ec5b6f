namespace Traceability.Core.Tracing;

/// <summary>A cursor that is malformed or belongs to another product, query or snapshot.</summary>
public sealed class InvalidCursorException(string message) : Exception(message);
