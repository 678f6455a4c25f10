/** The document pdfkit draws on. */
export type PdfDocument = PDFKit.PDFDocument;
