using Traceability.Api;

var app = ApiHost.Build(args);
app.Run();

public partial class Program;
