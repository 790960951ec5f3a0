export default {"countries":{"AC":["247","00","(?:[01589]\\d|[2-467])\\d{4}",[5,6]]}};
