// The input's fault, said in one line (an empty file, an unknown column, a quote never closed):
// the caller shows the message as it is (sc exits 2, the web page shows it beside the upload).
export class CsvInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CsvInputError";
  }
}
